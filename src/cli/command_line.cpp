#include "cli/command_line.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"

namespace po = boost::program_options;

namespace vanban::cli {

int usage_error(std::string_view name, std::string_view message) {
  std::cerr << "vanban " << name << ": " << message << "\nTry 'vanban " << name << " --help'.\n";
  return kUsage;
}

std::optional<int> parse_command_line(std::string_view name, const std::vector<std::string_view>& raw_args,
                                      const po::options_description& options, std::vector<std::string>& positional,
                                      std::string_view usage, std::string_view epilogue) {
  const std::vector<std::string> args(raw_args.begin(), raw_args.end());
  po::options_description hidden;
  hidden.add_options()("positional", po::value(&positional));
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description pos;
  pos.add("positional", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(name, e.what());
  }
  if (vm.count("help")) {
    std::cout << usage << "\n\n" << options << "\n" << epilogue;
    return kOk;
  }
  return std::nullopt;
}

}  // namespace vanban::cli
