#include "read/sha256.hpp"

// SHA256_Init and its siblings are deprecated in OpenSSL 3 in favour of
// EVP, but EVP finds its algorithm through the provider machinery, whose
// first use builds a name map: 3.5 million instructions, more than half of
// what docket spends on a typical paper from start to exit. The low-level
// calls hash with the same CPU-specific code (SHA-NI, AVX2) and need none
// of it.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace docket {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  SHA256_CTX context;
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_Init(&context);
  SHA256_Update(&context, bytes.data(), bytes.size());
  SHA256_Final(digest, &context);
  std::string hex;
  hex.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char byte : digest) {
    hex += kHexDigits[byte >> 4];
    hex += kHexDigits[byte & 0x0F];
  }
  return hex;
}

}  // namespace docket
