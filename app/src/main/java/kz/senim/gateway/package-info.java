/**
 * The LLM gateway: an OpenAI-compatible proxy ({@code /v1/chat/completions}, {@code /v1/responses},
 * {@code /v1/models}) in front of each organization's external and domestic models. Every text sent
 * upstream is scanned by the leak guard and allowed, redacted, pseudonymized (restored in the answer),
 * blocked or routed to the domestic model by the organization's policy; answers are scanned and labelled
 * as AI-generated; every call is audited without raw values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LLM gateway")
package kz.senim.gateway;
