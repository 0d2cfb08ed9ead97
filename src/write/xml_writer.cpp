#include "write/xml_writer.hpp"

namespace vanban {

std::string to_xml(const Document&, const XmlOptions&) { return "<document/>\n"; }

}  // namespace vanban
