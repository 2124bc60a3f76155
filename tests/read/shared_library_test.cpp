#include "read/shared_library.hpp"

#include <gtest/gtest.h>

#include <cstddef>

namespace docket {
namespace {

TEST(SharedLibrary, FindsTheFunctionsOfALoadedLibrary) {
  SharedLibrary libc("libc.so.6", "measuring strings", "libc6");
  std::size_t (*length)(const char*) = libc.function("strlen");
  ASSERT_NE(length, nullptr);
  EXPECT_EQ(length("agenda"), 6u);
  EXPECT_EQ(libc.error(), "");
}

TEST(SharedLibrary, AMissingLibrarySaysWhatToInstall) {
  SharedLibrary missing("libdocket-absent.so.9", "reading minutes", "libabsent");
  int (*function)() = missing.function("absent_open");
  EXPECT_EQ(function, nullptr);
  EXPECT_NE(missing.error().find("reading minutes needs libabsent (libdocket-absent.so.9)"), std::string::npos)
      << missing.error();
  EXPECT_NE(missing.error().find("install libabsent"), std::string::npos) << missing.error();
}

TEST(SharedLibrary, AMissingFunctionIsNamed) {
  SharedLibrary libc("libc.so.6", "reading minutes", "libc6");
  int (*function)() = libc.function("docket_no_such_function");
  EXPECT_EQ(function, nullptr);
  EXPECT_EQ(libc.error(), "reading minutes needs libc6 with docket_no_such_function, which the installed one lacks");
}

}  // namespace
}  // namespace docket
