#include "read/zip_archive.hpp"

#include <zip.h>

namespace docket {

struct ZipArchive::Handle {
  zip_t* archive = nullptr;
  ~Handle() {
    if (archive != nullptr) zip_discard(archive);
  }
};

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

ZipArchive::ZipArchive(std::string_view bytes, const ZipLimits& limits) : handle_(new Handle), limits_(limits) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (source != nullptr) {
    handle_->archive = zip_open_from_source(source, ZIP_RDONLY, &err);
    if (handle_->archive == nullptr) zip_source_free(source);
  }
  if (handle_->archive == nullptr) {
    error_ = std::string("a zip archive (as a Word file is) that cannot be opened: ") + zip_error_strerror(&err);
  } else if (const zip_int64_t entries = zip_get_num_entries(handle_->archive, 0);
             entries < 0 || static_cast<std::size_t>(entries) > limits_.most_entries) {
    error_ = "a zip archive of more than " + std::to_string(limits_.most_entries) + " entries; not read";
  }
  zip_error_fini(&err);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const {
  return handle_->archive != nullptr && zip_name_locate(handle_->archive, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  if (!ok()) return std::nullopt;
  const zip_int64_t index = zip_name_locate(handle_->archive, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_init(&stat);
  const std::size_t packed =
      zip_stat_index(handle_->archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_COMP_SIZE)
          ? static_cast<std::size_t>(stat.comp_size)
          : 0;
  zip_file_t* file = zip_fopen_index(handle_->archive, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    error_ = name + ": " + zip_strerror(handle_->archive);
    return std::nullopt;
  }
  // A small entry may pack badly; only past a few kilobytes is the ratio
  // judged.
  const std::size_t most = std::min(limits_.most_entry_bytes, std::max<std::size_t>(packed * limits_.most_ratio, 1 << 16));
  std::string out;
  char buffer[65536];
  while (true) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      error_ = name + ": " + zip_file_strerror(file);
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
  zip_fclose(file);
  if (!error_.empty()) return std::nullopt;
  return out;
}

}  // namespace docket
