#include "read/shared_library.hpp"

#include <dlfcn.h>

namespace docket {

SharedLibrary::SharedLibrary(const char* soname, const char* what_for, const char* package)
    : what_for_(what_for), package_(package) {
  handle_ = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (handle_ == nullptr) {
    const char* why = ::dlerror();
    error_ = what_for_ + " needs " + package_ + " (" + soname + "), which could not be loaded: " +
             (why != nullptr ? why : "no reason given") + "; install " + package_ + " (Debian: scripts/deps)";
  }
}

SharedLibrary::~SharedLibrary() {
  if (handle_ != nullptr) ::dlclose(handle_);
}

void* SharedLibrary::symbol(const char* name) {
  if (handle_ == nullptr) return nullptr;
  void* address = ::dlsym(handle_, name);
  if (address == nullptr && error_.empty()) {
    error_ = what_for_ + " needs " + package_ + " with " + name + ", which the installed one lacks";
  }
  return address;
}

}  // namespace docket
