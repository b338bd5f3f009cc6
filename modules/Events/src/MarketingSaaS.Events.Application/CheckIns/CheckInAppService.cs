using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.CheckIns;

public sealed class CheckInAppService(
    IMarketingEventRepository events,
    IEventRegistrationRepository registrations,
    RegistrationManager manager,
    IUnitOfWork unitOfWork) : ICheckInAppService
{
    public async Task<CheckInResultDto> CheckInByCodeAsync(Guid eventId, CheckInByCodeDto input, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        var registration = await registrations.FindByCodeAsync(eventId, input.Code, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(EventRegistration), input.Code);
        return await CheckInAsync(registration, cancellationToken);
    }

    public async Task<CheckInResultDto> CheckInAsync(Guid eventId, Guid registrationId, CancellationToken cancellationToken = default)
    {
        var registration = await registrations.GetAsync(registrationId, cancellationToken);
        if (registration.EventId != eventId)
        {
            throw new EntityNotFoundException(typeof(EventRegistration), registrationId);
        }

        return await CheckInAsync(registration, cancellationToken);
    }

    public async Task<CheckInCountDto> GetCountAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(eventId, cancellationToken);
        var counts = await registrations.CountConfirmedAsync([eventId], cancellationToken);
        return new CheckInCountDto(counts.Confirmed, counts.CheckedIn);
    }

    private async Task<CheckInResultDto> CheckInAsync(EventRegistration registration, CancellationToken cancellationToken)
    {
        var checkedInNow = await manager.CheckInAsync(registration, cancellationToken);
        if (checkedInNow)
        {
            await registrations.UpdateAsync(registration, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return new CheckInResultDto(registration.ToDto(), AlreadyCheckedIn: !checkedInNow);
    }
}
