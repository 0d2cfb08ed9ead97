#pragma once
#include <string>
#include <vector>

namespace vanban::batch {

/// Joins the JSON reports of several shards of one batch into the report a single run would have written:
/// the files in walk order (path components compared one by one), the totals added up, the time the
/// longest shard's. False with `error` (the file and what is wrong) when a report cannot be read.
bool merge_reports(const std::vector<std::string>& reports, const std::string& output, std::string& error);

}  // namespace vanban::batch
