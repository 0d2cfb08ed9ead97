#pragma once
#include <boost/program_options.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::cli {

/// What every subcommand does with its arguments: `options` (which must hold "help,h") plus positional
/// arguments gathered into `positional`. Returns an exit code when the command is over already: kUsage after
/// printing "vanban NAME: what is wrong / Try 'vanban NAME --help'." on standard error, or kOk after
/// printing `usage`, the options and `epilogue` for --help. std::nullopt: go on.
std::optional<int> parse_command_line(std::string_view name, const std::vector<std::string_view>& args,
                                      const boost::program_options::options_description& options,
                                      std::vector<std::string>& positional, std::string_view usage,
                                      std::string_view epilogue);

/// Prints "vanban NAME: message / Try 'vanban NAME --help'." on standard error; returns kUsage.
int usage_error(std::string_view name, std::string_view message);

}  // namespace vanban::cli
