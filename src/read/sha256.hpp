// SHA-256 of a whole input, for Document::source.sha256: lets a reader tie an
// extract to the exact bytes it came from.
//
// Contract: returns the 64-character lowercase hex digest of `bytes`. Uses
// libcrypto's low-level SHA256_Init, SHA256_Update and SHA256_Final rather
// than its EVP interface (sha256.cpp says why): the context lives on the
// stack and the calls cannot fail, so nothing is thrown but std::bad_alloc
// from the string returned.
#ifndef DOCKET_SHA256_HPP
#define DOCKET_SHA256_HPP

#include <string>
#include <string_view>

namespace docket {

std::string sha256_hex(std::string_view bytes);

}  // namespace docket

#endif  // DOCKET_SHA256_HPP
