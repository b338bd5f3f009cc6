using System.Globalization;
using MarketingSaaS.Events.CheckIns;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Registrations;

public sealed class PublicRegistrationAppService(
    RegistrationManager manager,
    IEventRegistrationRepository registrations,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant) : IPublicRegistrationAppService
{
    private string Tenant => currentTenant.Name ?? currentTenant.Id?.ToString() ?? "";

    public async Task<PublicEventDto> GetEventAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, settings) = await manager.GetPublishedAsync(eventId, cancellationToken);
        return marketingEvent.ToPublicDto(settings);
    }

    public async Task<PublicRegistrationDto> RegisterAsync(Guid eventId, RegisterForEventDto input, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, settings) = await manager.GetPublishedAsync(eventId, cancellationToken);
        var registration = await manager.RegisterAsync(marketingEvent, settings, input.ToRegistrant(), input.ToUtm(), TemplateCultures.Normalize(CultureInfo.CurrentUICulture.Name), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return registration.ToPublicDto(Tenant);
    }

    public async Task<PublicRegistrationDto> GetRegistrationAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default) =>
        (await FindAsync(eventId, checkInCode, cancellationToken)).ToPublicDto(Tenant);

    public async Task<byte[]> GetQrCodeAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default) =>
        CheckInQrCode.Svg((await FindAsync(eventId, checkInCode, cancellationToken)).CheckInCode);

    public async Task<PublicRegistrationDto> CancelAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default)
    {
        await manager.GetPublishedAsync(eventId, cancellationToken);
        var registration = await FindAsync(eventId, checkInCode, cancellationToken);
        await manager.CancelAsync(registration, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return registration.ToPublicDto(Tenant);
    }

    private async Task<EventRegistration> FindAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken) =>
        await registrations.FindByCodeAsync(eventId, checkInCode, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(EventRegistration), checkInCode);
}
