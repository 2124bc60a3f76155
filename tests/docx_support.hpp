// Word files for tests, made at test time: a zip archive (written with
// libzip) holding the parts a .docx needs, with the body given as
// WordprocessingML paragraphs and tables.
#ifndef DOCKET_TESTS_DOCX_SUPPORT_HPP
#define DOCKET_TESTS_DOCX_SUPPORT_HPP

#include <zip.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace docket {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

// A zip archive of `entries`, deflated.
inline std::string make_zip(const ZipEntries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, content] : entries) {
    zip_source_t* part = zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  std::string out;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  out.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

inline const char* kWordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// A .docx whose body is `body` (w:p and w:tbl elements), with numbering
// and styles parts when given.
inline std::string make_docx(const std::string& body, const std::string& numbering = "",
                             const std::string& styles = "") {
  ZipEntries entries = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
      {"word/document.xml", std::string("<?xml version=\"1.0\"?><w:document ") + kWordNamespace + "><w:body>" + body +
                                "<w:sectPr/></w:body></w:document>"}};
  if (!numbering.empty()) {
    entries.push_back({"word/numbering.xml", std::string("<w:numbering ") + kWordNamespace + ">" + numbering + "</w:numbering>"});
  }
  if (!styles.empty()) {
    entries.push_back({"word/styles.xml", std::string("<w:styles ") + kWordNamespace + ">" + styles + "</w:styles>"});
  }
  return make_zip(entries);
}

// A paragraph of one run; `properties` go in its w:pPr.
inline std::string word_paragraph(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// The properties of a paragraph of list `num_id` at `level`.
inline std::string word_list(int num_id, int level) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(num_id) +
         "\"/></w:numPr>";
}

}  // namespace docket

#endif  // DOCKET_TESTS_DOCX_SUPPORT_HPP
