package kz.senim.ledger.internal;

import java.util.Optional;
import java.util.UUID;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import kz.senim.registry.SystemStatus;
import org.springframework.stereotype.Component;

/**
 * The register's answer to "who operates this system". Only systems in the register log entries: a
 * registered system, or a suspended one (its lifecycle events and earlier decisions still need logging).
 */
@Component
class RegistrySystems implements Systems {

    private final Register register;

    RegistrySystems(Register register) {
        this.register = register;
    }

    @Override
    public Optional<UUID> operatorOf(UUID systemId) {
        return register.find(systemId)
                .filter(s -> s.status() == SystemStatus.REGISTERED || s.status() == SystemStatus.SUSPENDED)
                .map(AiSystem::organizationId);
    }
}
