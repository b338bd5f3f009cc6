using MarketingSaaS.Events.Registrations;

namespace MarketingSaaS.Events.Leads;

public interface IEventLeadAppService
{
    Task<List<EventLeadDto>> GetListAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<EventRegistrationDto> SetLeadAsync(Guid eventId, Guid registrationId, SetLeadDto input, CancellationToken cancellationToken = default);
}
