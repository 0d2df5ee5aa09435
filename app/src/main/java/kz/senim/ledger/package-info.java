/**
 * The decision ledger: an append-only transparency log of AI-assisted decisions and lifecycle events,
 * interoperable with Certificate Transparency tooling (RFC 9162 hashing, C2SP signed notes, checkpoints
 * and tiles). Personal data stays out of the public tree; see {@code docs/ledger.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision ledger")
package kz.senim.ledger;
