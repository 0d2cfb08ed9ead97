#pragma once
// What bench/floor.cpp and bench/inprocess.cpp both need: the files to measure and their bytes. Header-only:
// the floor links none of vanban's code.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace vanban::bench {

/// The paths given as arguments, or read from standard input one a line when the only argument is "-".
inline std::vector<std::string> input_paths(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.size() == 1 && paths[0] == "-") {
    paths.clear();
    for (std::string line; std::getline(std::cin, line);)
      if (!line.empty()) paths.push_back(line);
  }
  return paths;
}

/// A whole file; read before the timing starts.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace vanban::bench
