#ifndef WEBCARE_CLIBXML2_SHIM_H
#define WEBCARE_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>

/* Silences libxml2's default error printing to stderr; errors are read from the parser context. */
static void webcare_xml_silent_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void webcare_xml_silent_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/* libxml2 keeps its error handlers per thread: this sets them for the calling thread and the default for new ones. */
static inline void webcare_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, webcare_xml_silent_error);
    xmlSetStructuredErrorFunc(NULL, webcare_xml_silent_structured);
    xmlThrDefSetGenericErrorFunc(NULL, webcare_xml_silent_error);
    xmlThrDefSetStructuredErrorFunc(NULL, webcare_xml_silent_structured);
}

/* Refuses every external entity and DTD load: the parser never touches the network or the disk. */
static xmlParserInputPtr webcare_xml_no_external(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

static inline void webcare_xml_forbid_external_loading(void) {
    xmlSetExternalEntityLoader(webcare_xml_no_external);
}
/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state: call it through a function. */
static inline void webcare_xml_free(void *pointer) { xmlFree(pointer); }
#endif
