using MarketingSaaS.Dtos;
using MarketingSaaS.Events.CheckIns;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Registrations;

public sealed class EventRegistrationAppService(
    IMarketingEventRepository events,
    IEventRegistrationSettingsRepository settingsRepository,
    IEventRegistrationRepository registrations,
    RegistrationManager manager,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant) : IEventRegistrationAppService
{
    private string Tenant => currentTenant.Name ?? currentTenant.Id?.ToString() ?? "";

    public async Task<EventRegistrationSettingsDto> GetSettingsAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        var settings = await settingsRepository.FindCurrentAsync(eventId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(EventRegistrationSettings), eventId);
        return await ToDtoAsync(settings, cancellationToken);
    }

    public async Task<EventRegistrationSettingsDto> SetSettingsAsync(Guid eventId, UpdateEventRegistrationSettingsDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(eventId, cancellationToken);
        if (!EventRegistrationRules.IsRegistrable(marketingEvent.Status))
        {
            throw new BusinessException(EventRegistrationErrorCodes.EventNotRegistrable).With("status", marketingEvent.Status.ToString());
        }

        await manager.SetSettingsAsync(marketingEvent, input.Capacity, input.IsOpen, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await manager.PromoteWaitingAsync(eventId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetSettingsAsync(eventId, cancellationToken);
    }

    public async Task<PagedResultDto<EventRegistrationDto>> GetListAsync(Guid eventId, GetEventRegistrationListInput input, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        var (total, items) = await registrations.GetPagedListAsync(
            eventId, input.Filter, input.Status, input.CheckedIn, input.IsLead, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<EventRegistrationDto>(total, [.. items.Select(r => r.ToDto())]);
    }

    public async Task<EventRegistrationDto> GetAsync(Guid eventId, Guid id, CancellationToken cancellationToken = default) =>
        (await GetRegistrationAsync(eventId, id, cancellationToken)).ToDto();

    public async Task<byte[]> GetQrCodeAsync(Guid eventId, Guid id, CancellationToken cancellationToken = default) =>
        CheckInQrCode.Svg((await GetRegistrationAsync(eventId, id, cancellationToken)).CheckInCode);

    public async Task<EventRegistrationDto> CancelAsync(Guid eventId, Guid id, CancellationToken cancellationToken = default)
    {
        var registration = await GetRegistrationAsync(eventId, id, cancellationToken);
        await manager.CancelAsync(registration, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return registration.ToDto();
    }

    public async Task<byte[]> ExportAttendeesAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        return EventRegistrationCsv.Write(await registrations.GetConfirmedListAsync(eventId, checkedIn: null, cancellationToken));
    }

    public async Task<byte[]> ExportNoShowsAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        return EventRegistrationCsv.Write(await registrations.GetConfirmedListAsync(eventId, checkedIn: false, cancellationToken));
    }

    private async Task<EventRegistration> GetRegistrationAsync(Guid eventId, Guid id, CancellationToken cancellationToken)
    {
        var registration = await registrations.GetAsync(id, cancellationToken);
        return registration.EventId == eventId ? registration : throw new EntityNotFoundException(typeof(EventRegistration), id);
    }

    private async Task<EventRegistrationSettingsDto> ToDtoAsync(EventRegistrationSettings settings, CancellationToken cancellationToken)
    {
        var waiting = await registrations.CountAsync(r => r.EventId == settings.Id && r.Status == EventRegistrationStatus.WaitingListed, cancellationToken);
        return new EventRegistrationSettingsDto(
            settings.Id, settings.Capacity, settings.IsOpen, settings.ConfirmedCount, settings.SeatsLeft, waiting, EventRegistrationMapper.PublicPath(Tenant, settings.Id));
    }
}
