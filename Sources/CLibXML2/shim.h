#ifndef REFORMGRAPH_CLIBXML2_SHIM_H
#define REFORMGRAPH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Keep ICU's headers out: Foundation's own ICU module clashes with them
   ('UErrorCode' has different definitions) in targets that import both. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#endif
