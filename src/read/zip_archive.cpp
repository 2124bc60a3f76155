#include "read/zip_archive.hpp"

#include <zip.h>

#include "read/shared_library.hpp"

namespace docket {

// The archive and the functions of libzip that read it, from the library
// opened for it (read/shared_library.hpp).
struct ZipArchive::Handle {
  ~Handle() {
    if (archive != nullptr) discard(archive);
  }

  // First: the functions below are looked up in it as they are initialised.
  SharedLibrary library{DOCKET_LIBZIP_SONAME, "reading Word files", "libzip"};
  zip_t* archive = nullptr;
  decltype(&zip_error_init) error_init = library.function("zip_error_init");
  decltype(&zip_error_fini) error_fini = library.function("zip_error_fini");
  decltype(&zip_error_strerror) error_strerror = library.function("zip_error_strerror");
  decltype(&zip_source_buffer_create) source_buffer_create = library.function("zip_source_buffer_create");
  decltype(&zip_source_free) source_free = library.function("zip_source_free");
  decltype(&zip_open_from_source) open_from_source = library.function("zip_open_from_source");
  decltype(&zip_discard) discard = library.function("zip_discard");
  decltype(&zip_get_num_entries) get_num_entries = library.function("zip_get_num_entries");
  decltype(&zip_name_locate) name_locate = library.function("zip_name_locate");
  decltype(&zip_stat_init) stat_init = library.function("zip_stat_init");
  decltype(&zip_stat_index) stat_index = library.function("zip_stat_index");
  decltype(&zip_fopen_index) fopen_index = library.function("zip_fopen_index");
  decltype(&zip_fread) fread = library.function("zip_fread");
  decltype(&zip_fclose) fclose = library.function("zip_fclose");
  decltype(&zip_strerror) strerror = library.function("zip_strerror");
  decltype(&zip_file_strerror) file_strerror = library.function("zip_file_strerror");
};

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

ZipArchive::ZipArchive(std::string_view bytes, const ZipLimits& limits) : handle_(new Handle), limits_(limits) {
  Handle& zip = *handle_;
  if (!zip.library.error().empty()) {
    error_ = zip.library.error();
    return;
  }
  zip_error_t err;
  zip.error_init(&err);
  zip_source_t* source = zip.source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (source != nullptr) {
    zip.archive = zip.open_from_source(source, ZIP_RDONLY, &err);
    if (zip.archive == nullptr) zip.source_free(source);
  }
  if (zip.archive == nullptr) {
    error_ = std::string("a zip archive (as a Word file is) that cannot be opened: ") + zip.error_strerror(&err);
  } else if (const zip_int64_t entries = zip.get_num_entries(zip.archive, 0);
             entries < 0 || static_cast<std::size_t>(entries) > limits_.most_entries) {
    error_ = "a zip archive of more than " + std::to_string(limits_.most_entries) + " entries; not read";
  }
  zip.error_fini(&err);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const {
  return handle_->archive != nullptr && handle_->name_locate(handle_->archive, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  if (!ok()) return std::nullopt;
  Handle& zip = *handle_;
  const zip_int64_t index = zip.name_locate(zip.archive, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip.stat_init(&stat);
  const std::size_t packed =
      zip.stat_index(zip.archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_COMP_SIZE)
          ? static_cast<std::size_t>(stat.comp_size)
          : 0;
  zip_file_t* file = zip.fopen_index(zip.archive, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    error_ = name + ": " + zip.strerror(zip.archive);
    return std::nullopt;
  }
  // A small entry may pack badly; only past a few kilobytes is the ratio
  // judged.
  const std::size_t most = std::min(limits_.most_entry_bytes, std::max<std::size_t>(packed * limits_.most_ratio, 1 << 16));
  std::string out;
  char buffer[65536];
  while (true) {
    const zip_int64_t n = zip.fread(file, buffer, sizeof buffer);
    if (n < 0) {
      error_ = name + ": " + zip.file_strerror(file);
      break;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    total_read_ += static_cast<std::size_t>(n);
    if (out.size() > most || total_read_ > limits_.most_total_bytes) {
      error_ = name + " unpacks to more than " + std::to_string(out.size() >> 10) + " KiB from " +
               std::to_string(packed >> 10) + " KiB packed: a zip bomb, not a paper; not read";
      break;
    }
  }
  zip.fclose(file);
  if (!error_.empty()) return std::nullopt;
  return out;
}

}  // namespace docket
