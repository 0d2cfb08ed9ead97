#include "ingest/pdf/pdf_file.hpp"

#ifdef VANBAN_HAVE_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <mutex>
#endif

namespace vanban::pdf {

#ifdef VANBAN_HAVE_POPPLER

namespace {

/// Poppler prints its complaints about damaged files on standard error through one process-wide hook;
/// we report problems ourselves, so the hook is set once to a no-op (it holds no state of ours).
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

}  // namespace

struct PdfFile::Impl {
  std::unique_ptr<poppler::document> doc;
};

std::unique_ptr<PdfFile> PdfFile::open(std::string_view bytes, std::string& error) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    error = "the PDF is too large to open";
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->doc.reset(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!impl->doc) {
    error = "Poppler cannot open it as a PDF (damaged or not a PDF)";
    return nullptr;
  }
  if (impl->doc->is_locked()) {
    error = "encrypted (password-protected) PDF: it cannot be read without its password";
    return nullptr;
  }
  return std::unique_ptr<PdfFile>(new PdfFile(std::move(impl)));
}

int PdfFile::pages() const { return impl_->doc->pages(); }

std::string PdfFile::page_text(int index) const {
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(index));
  if (!page) return {};
  const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  std::string text(utf8.begin(), utf8.end());
  if (!text.empty() && text.back() != '\n') text += '\n';
  return text;
}

bool PdfFile::render_png(int index, int dpi, const std::string& path, std::string& error) const {
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(index));
  if (!page) {
    error = "page " + std::to_string(index + 1) + " cannot be read";
    return false;
  }
  // A poster-sized page at 300 dpi would be hundreds of megapixels: the resolution is lowered so that an
  // image stays under kMaxPixels (an A4 page at 300 dpi is 8.7 Mpx).
  constexpr double kMaxPixels = 40e6;
  const poppler::rectf box = page->page_rect();
  double resolution = dpi;
  const double pixels = box.width() / 72 * resolution * box.height() / 72 * resolution;
  if (pixels > kMaxPixels) resolution *= std::sqrt(kMaxPixels / pixels);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);  // OCR needs no colour; a third of the memory
  const poppler::image image = renderer.render_page(page.get(), resolution, resolution);
  if (!image.is_valid()) {
    error = "page " + std::to_string(index + 1) + " cannot be rendered";
    return false;
  }
  if (!image.save(path, "png", static_cast<int>(resolution))) {
    error = "cannot write the rendered page to " + path;
    return false;
  }
  return true;
}

bool PdfFile::supported() { return true; }

#else  // built without libpoppler-cpp

struct PdfFile::Impl {};

std::unique_ptr<PdfFile> PdfFile::open(std::string_view, std::string& error) {
  error = "this vanban was built without PDF support: install libpoppler-cpp-dev (Debian) and rebuild";
  return nullptr;
}
int PdfFile::pages() const { return 0; }
std::string PdfFile::page_text(int) const { return {}; }
bool PdfFile::render_png(int, int, const std::string&, std::string& error) const {
  error = "built without PDF support";
  return false;
}
bool PdfFile::supported() { return false; }

#endif

PdfFile::PdfFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfFile::~PdfFile() = default;

}  // namespace vanban::pdf
