// Entries of a zip archive held in memory (a .docx is one), read with
// limits against zip bombs: how many entries, how large one entry and all
// entries read may unpack, and how far past its packed size an entry may
// grow. Sizes are counted as bytes come out, not taken from the headers,
// which a hostile archive can fill with anything.
//
// libzip reads from a memory buffer and checks each entry's CRC; minizip
// (zlib's contrib) is older, reads from memory only through hand-written
// I/O callbacks and is not installed with zlib1g-dev. Both are in Debian.
#ifndef DOCKET_ZIP_ARCHIVE_HPP
#define DOCKET_ZIP_ARCHIVE_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace docket {

struct ZipLimits {
  std::size_t most_entries = 10'000;           // a .docx has a few dozen
  std::size_t most_entry_bytes = 128 << 20;    // the text of a paper is far less
  std::size_t most_total_bytes = 256 << 20;    // all entries read
  std::size_t most_ratio = 200;                // unpacked : packed; XML packs 5–20 times
};

// True when `bytes` start as a zip archive does.
bool looks_like_zip(std::string_view bytes);

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive); `error` says why not.
  ZipArchive(std::string_view bytes, const ZipLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool has(const std::string& name) const;
  // The entry's bytes, or nothing when it is absent; when reading it breaks
  // a limit or the entry is corrupt, nothing, and error() says why.
  std::optional<std::string> read(const std::string& name);

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
  ZipLimits limits_;
  std::size_t total_read_ = 0;
  std::string error_;
};

}  // namespace docket

#endif  // DOCKET_ZIP_ARCHIVE_HPP
