// The one interface every builder hands its items through: each item once
// it is complete, in document order, so that the caller can write it and
// let it go (a plan of a million rows is then never held as items).
#ifndef DOCKET_ITEM_EMITTER_HPP
#define DOCKET_ITEM_EMITTER_HPP

#include <functional>

#include "docket/model.hpp"

namespace docket {

using ItemEmitter = std::function<void(Item&&)>;

}  // namespace docket

#endif  // DOCKET_ITEM_EMITTER_HPP
