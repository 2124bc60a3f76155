#include "read/sha256.hpp"

#include <gtest/gtest.h>

#include <string>

namespace docket {
namespace {

// Vectors from FIPS 180-2 appendix B and NIST's example values.
TEST(Sha256Test, EmptyInput) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256Test, DefaultConstructedViewIsEmptyInput) {
  EXPECT_EQ(sha256_hex(std::string_view()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256Test, Abc) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Test, TwoBlockMessage) {
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256Test, MillionAs) {
  const std::string input(1000000, 'a');
  EXPECT_EQ(sha256_hex(input), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, EmbeddedNulIsHashed) {
  EXPECT_EQ(sha256_hex(std::string_view("a\0b", 3)),
            "59b271ae1bbcb1d31d41929817f4b16fb439eb4f31520b5ad1d5ce98920a7138");
}

TEST(Sha256Test, EveryByteValue) {
  std::string input;
  for (int i = 0; i < 256; ++i) input += static_cast<char>(i);
  EXPECT_EQ(sha256_hex(input), "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880");
}

TEST(Sha256Test, IsLowercaseHexOfFixedLength) {
  const std::string digest = sha256_hex("docket");
  ASSERT_EQ(digest.size(), 64u);
  for (const char c : digest) {
    EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << digest;
  }
}

}  // namespace
}  // namespace docket
