// SHA-256 of a whole input, for Document::source.sha256: lets a reader tie an
// extract to the exact bytes it came from.
//
// Contract: returns the 64-character lowercase hex digest of `bytes`. Uses
// OpenSSL's EVP interface (libcrypto). Throws std::runtime_error only if
// OpenSSL cannot set up a digest context, which means it is out of memory
// or broken; callers let that reach main like std::bad_alloc.
#ifndef DOCKET_SHA256_HPP
#define DOCKET_SHA256_HPP

#include <string>
#include <string_view>

namespace docket {

std::string sha256_hex(std::string_view bytes);

}  // namespace docket

#endif  // DOCKET_SHA256_HPP
