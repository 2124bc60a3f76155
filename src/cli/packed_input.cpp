#include "cli/packed_input.hpp"

// next_in is then a pointer to const: zlib never writes to its input.
#define ZLIB_CONST
#include <zlib.h>

#include <string_view>

namespace docket::cli {

namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

// Replaces `unpacked` with what `bytes`, a gzip stream (members one after
// another, as `cat a.gz b.gz` makes), unpack to. `bytes` may lie in
// `unpacked`: they are read before it is replaced.
std::optional<std::string> gunzip(std::string_view bytes, std::string& unpacked, std::size_t limit) {
  z_stream stream{};
  // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return "gzip: cannot start zlib";
  std::string out;
  out.resize(bytes.size() < limit / 4 ? bytes.size() * 4 + 4096 : limit);
  stream.next_in = reinterpret_cast<const Bytef*>(bytes.data());
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::size_t size = 0;
  int status = Z_OK;
  for (;;) {
    if (size == out.size()) {
      if (out.size() >= limit) {
        inflateEnd(&stream);
        return "gzip: unpacks to more than " + std::to_string(limit >> 20) + " MiB; not read";
      }
      out.resize(std::min(limit, out.size() * 2));
    }
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + size);
    stream.avail_out = static_cast<uInt>(out.size() - size);
    status = inflate(&stream, Z_NO_FLUSH);
    size = out.size() - stream.avail_out;
    if (status == Z_STREAM_END) {
      if (stream.avail_in == 0) break;
      inflateReset(&stream);  // another member follows
      continue;
    }
    if (status != Z_OK && status != Z_BUF_ERROR) break;
    if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // truncated
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    return std::string("gzip: ") + (status == Z_DATA_ERROR ? "corrupt data" : "truncated") +
           "; check the file with gzip -t";
  }
  out.resize(size);
  unpacked = std::move(out);
  return std::nullopt;
}

}  // namespace

bool is_gzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

std::optional<std::string> unpack_input(std::string_view& bytes, std::string& unpacked, std::size_t limit) {
  if (bytes.size() < 4) return std::nullopt;
  // The first byte alone rules out nearly every text input.
  switch (static_cast<unsigned char>(bytes[0])) {
    case 0x1f:
      if (static_cast<unsigned char>(bytes[1]) != 0x8b) return std::nullopt;
      if (auto error = gunzip(bytes, unpacked, limit)) return error;
      bytes = unpacked;
      // What was packed may itself be a Word file or another gzip.
      return unpack_input(bytes, unpacked, limit);
    case 0xd0:
      if (!starts_with(bytes, "\xd0\xcf\x11\xe0")) return std::nullopt;
      return "an old Word (.doc) file; docket reads text: convert it first with "
             "antiword FILE.doc > FILE.txt (or save it as text)";
    default: return std::nullopt;
  }
}

}  // namespace docket::cli
