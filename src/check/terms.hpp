// Turns a resolution or a plan row into the terms `check` compares: words
// stemmed with Snowball's English stemmer, acronyms spelled out, and the
// words that carry no subject (stop words, "be"/"is" verb forms, report
// boilerplate such as "as outlined in section 6.1.1 of the report") left
// out. "That the team is established" and "the team be established" give the
// same terms; so do "LAC team" and "Looked After Children team".
#ifndef DOCKET_TERMS_HPP
#define DOCKET_TERMS_HPP

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace docket {

// Acronym → its words in lowercase: "LAC" → "looked after children".
using AcronymMap = std::map<std::string, std::string, std::less<>>;

// Common local-government acronyms, used when a paper does not spell one out.
const AcronymMap& builtin_acronyms();

// Acronyms a text defines itself: "Referral and Assessment Team (RAT)" →
// "RAT" → "referral and assessment team".
AcronymMap find_acronym_definitions(std::string_view text);

class TermExtractor {
 public:
  // Definitions found in the papers take precedence over the built-in list.
  explicit TermExtractor(AcronymMap acronyms);
  ~TermExtractor();
  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;

  // The terms of `text`, in order, repeats kept.
  std::vector<std::string> terms(std::string_view text) const;

 private:
  std::string stem(std::string_view word) const;

  AcronymMap acronyms_;
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace docket

#endif  // DOCKET_TERMS_HPP
