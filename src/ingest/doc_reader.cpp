// Legacy .doc reader: the OLE directory decides what the file is (ole/compound_file), LibreOffice
// converts a Word 97-2003 document to DOCX (doc/libreoffice), the DOCX reader reads that.
//
// [x] Word 97-2003 (WordDocument stream) -> DOCX by LibreOffice headless, private profile, timeout
// [x] batch: many files converted by one LibreOffice run beforehand (EngineOptions::preconverted)
// [x] encrypted: OOXML package with a password (EncryptionInfo + EncryptedPackage), .doc with the FIB's
//     fEncrypted bit -> Fatal "doc.encrypted"; other OLE files (Excel, PowerPoint…) -> "doc.not-word"
// [x] LibreOffice missing -> Fatal "doc.libreoffice-missing" naming libreoffice-writer-nogui
// [-] locations are paragraphs of the converted DOCX (LibreOffice keeps the paragraph order)
// [ ] Word 6/95 files (no WordDocument FIB of Word 97) are left to LibreOffice, untested

#include "ingest/doc_reader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/doc/libreoffice.hpp"
#include "ingest/docx_reader.hpp"
#include "ingest/ole/compound_file.hpp"
#include "io/file_io.hpp"
#include "io/temp_dir.hpp"

namespace vanban {
namespace {

std::string stream_names(const ole::CompoundFile& file) {
  std::string names;
  std::size_t shown = 0;
  for (const auto& e : file.entries) {
    if (e.kind != ole::DirectoryEntry::Kind::Stream) continue;
    if (++shown > 6) {
      names += ", …";
      break;
    }
    if (!names.empty()) names += ", ";
    names += e.name;
  }
  return names.empty() ? "none" : names;
}

}  // namespace

std::optional<std::string> convert_doc_to_docx(std::string_view bytes, const EngineOptions& engines,
                                               Diagnostics& diags) {
  const std::string program = doc::soffice_program(engines);
  io::TempDir temp("vanban-doc");
  if (!temp.ok()) {
    diags.fatal("doc.conversion-failed", temp.error());
    return std::nullopt;
  }
  const std::string input = (temp.path() / "input.doc").string();
  std::string error;
  if (!io::write_output_atomically(input, std::string(bytes), error, {}, false)) {
    diags.fatal("doc.conversion-failed", "cannot write the .doc for LibreOffice: " + error);
    return std::nullopt;
  }
  if (!doc::convert_to_docx({input}, temp.path().string(), engines, error)) {
    const bool missing = error.find("libreoffice-writer-nogui") != std::string::npos;
    diags.fatal(missing ? "doc.libreoffice-missing" : "doc.conversion-failed", error);
    return std::nullopt;
  }
  std::string docx;
  const std::string output = (temp.path() / "input.docx").string();
  if (io::read_input(output, std::size_t{1} << 30, docx, error) != io::ReadStatus::Ok) {
    diags.fatal("doc.conversion-failed",
                "LibreOffice did not convert this .doc to DOCX (damaged, or a format it cannot read)");
    return std::nullopt;
  }
  return docx;
}

void read_doc(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc) {
  if (!ole::is_compound_file(bytes)) {  // --from doc on something else
    doc.diagnostics.fatal("doc.not-ole", "not a Word 97-2003 .doc: it does not start with the OLE compound-file "
                                         "signature (D0 CF 11 E0 A1 B1 1A E1); leave --from at auto to have the format "
                                         "sniffed");
    return;
  }
  std::string error;
  const auto file = ole::read_compound_file(bytes, error);
  if (!file) {
    doc.diagnostics.fatal("doc.damaged", "a damaged OLE compound file (the container of Word 97-2003 .doc): " + error);
    return;
  }
  switch (ole::classify(*file)) {
    case ole::OleKind::EncryptedPackage:
      doc.diagnostics.fatal("doc.encrypted",
                            "encrypted (password-protected) document: an Office package locked with a password "
                            "(EncryptionInfo and EncryptedPackage streams); remove the password (Word: File > Info "
                            "> Protect Document) and convert the saved copy");
      return;
    case ole::OleKind::EncryptedWord:
      doc.diagnostics.fatal("doc.encrypted",
                            "encrypted (password-protected) document: a Word 97-2003 .doc locked with a password; "
                            "remove the password in Word and convert the saved copy");
      return;
    case ole::OleKind::Other:
      doc.diagnostics.fatal("doc.not-word", "an OLE compound file that is not a Word document (no WordDocument "
                                            "stream; streams: " + stream_names(*file) +
                                            "): an Excel or PowerPoint file, or another program's");
      return;
    case ole::OleKind::WordDocument: break;
  }
  std::optional<std::string> docx;
  if (options.engines.preconverted != nullptr) docx = options.engines.preconverted->docx_for(bytes);
  if (!docx) docx = convert_doc_to_docx(bytes, options.engines, doc.diagnostics);
  if (!docx) return;
  doc.diagnostics.info("doc.converted", "a Word 97-2003 .doc, read through LibreOffice's conversion to DOCX "
                                        "(paragraph numbers are those of the converted document)");
  // LibreOffice writes a fresh package: its size is ours to trust, but the DOCX limits still apply.
  read_docx(*docx, options, kit, doc);
}

}  // namespace vanban
