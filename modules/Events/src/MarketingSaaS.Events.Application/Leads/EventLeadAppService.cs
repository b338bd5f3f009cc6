using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Leads;

public sealed class EventLeadAppService(
    IMarketingEventRepository events,
    IEventRegistrationRepository registrations,
    RegistrationManager manager,
    IUnitOfWork unitOfWork) : IEventLeadAppService
{
    public async Task<List<EventLeadDto>> GetListAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        var leads = await registrations.GetListAsync(r => r.EventId == eventId && r.IsLead, cancellationToken);
        return [.. leads.OrderBy(r => r.MarkedLeadAt).ThenBy(r => r.Id).Select(r => new EventLeadDto(
            r.Id, r.Name, r.Email, r.Phone, r.Company, r.Utm.Source, r.Utm.Medium, r.Utm.Campaign, r.CheckedInAt, r.MarkedLeadAt!.Value))];
    }

    public async Task<EventRegistrationDto> SetLeadAsync(Guid eventId, Guid registrationId, SetLeadDto input, CancellationToken cancellationToken = default)
    {
        var registration = await registrations.GetAsync(registrationId, cancellationToken);
        if (registration.EventId != eventId)
        {
            throw new EntityNotFoundException(typeof(EventRegistration), registrationId);
        }

        manager.SetLead(registration, input.IsLead);
        await registrations.UpdateAsync(registration, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return registration.ToDto();
    }
}
