// A shared library opened when a reader first needs it rather than by the
// dynamic linker at start-up. libxml2 (with ICU behind it) and libzip (with
// libcrypto) took three quarters of the start-up of every docket run, and
// most runs read neither a web page nor a Word file.
//
// The library is opened with RTLD_NODELETE: it stays mapped once loaded,
// so the next reader to open it pays a lookup, not a load. A reader opens
// it for each input it reads; nothing is kept between inputs but what the
// dynamic loader itself keeps.
#ifndef DOCKET_SHARED_LIBRARY_HPP
#define DOCKET_SHARED_LIBRARY_HPP

#include <cstring>
#include <string>
#include <type_traits>

namespace docket {

class SharedLibrary {
 public:
  // `soname` as the dynamic loader knows it ("libxml2.so.2"); `what_for`
  // and `package` complete the error ("reading web pages", "libxml2").
  SharedLibrary(const char* soname, const char* what_for, const char* package);
  ~SharedLibrary();
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  // The address of one of the library's functions, which converts to the
  // pointer type it is stored in.
  class FunctionAddress {
   public:
    explicit FunctionAddress(void* address) : address_(address) {}

    template <typename Function>
      requires std::is_function_v<Function>
    operator Function*() const {
      Function* function;
      // POSIX guarantees that an object pointer from dlsym converts to the
      // function's pointer; C++ only through its bytes.
      static_assert(sizeof function == sizeof address_);
      std::memcpy(&function, &address_, sizeof function);
      return function;
    }

   private:
    void* address_;
  };

  // The library's function `name`, for a pointer of its type declared with
  // it: `decltype(&zip_fread) fread = library.function("zip_fread");`, so
  // that no pointer is declared without being looked up. Null when the
  // library did not open or lacks it, and error() says why.
  FunctionAddress function(const char* name) { return FunctionAddress(symbol(name)); }

  // Empty when the library opened and every function asked for was found.
  const std::string& error() const { return error_; }

 private:
  void* symbol(const char* name);

  void* handle_ = nullptr;
  std::string what_for_;
  std::string package_;
  std::string error_;
};

}  // namespace docket

#endif  // DOCKET_SHARED_LIBRARY_HPP
