using MarketingSaaS.Events.IntegrationEvents;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.IntegrationEvents;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// Registration rules: seats, waiting list, promotion, check-in and leads. Seat changes must run inside one
/// unit-of-work transaction together with the registration they belong to (every state-changing request is one).
/// Registering and promotion queue the registrant's e-mail in that transaction.
/// </summary>
public sealed class RegistrationManager(
    IMarketingEventRepository events,
    IEventRegistrationSettingsRepository settingsRepository,
    IEventRegistrationRepository registrations,
    IBackgroundJobManager jobs,
    IUnitOfWork unitOfWork,
    IIntegrationEventPublisher integrationEvents,
    TimeProvider clock)
{
    /// <summary>The event and its settings when its public page is visible; 404 otherwise (drafts are never shown).</summary>
    public async Task<(MarketingEvent Event, EventRegistrationSettings Settings)> GetPublishedAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.FindAsync(eventId, cancellationToken);
        var settings = await settingsRepository.FindCurrentAsync(eventId, cancellationToken);
        if (marketingEvent is null || settings is null || !EventRegistrationRules.IsRegistrable(marketingEvent.Status))
        {
            throw new EntityNotFoundException(typeof(MarketingEvent), eventId);
        }

        return (marketingEvent, settings);
    }

    /// <summary>Creates or changes the settings; changing never lowers the capacity below the confirmed registrations.</summary>
    public async Task SetSettingsAsync(MarketingEvent marketingEvent, int capacity, bool isOpen, CancellationToken cancellationToken = default)
    {
        if (await settingsRepository.FindCurrentAsync(marketingEvent.Id, cancellationToken) is null)
        {
            await settingsRepository.InsertAsync(new EventRegistrationSettings(marketingEvent.Id, capacity, isOpen), cancellationToken);
            return;
        }

        if (!await settingsRepository.TryChangeAsync(marketingEvent.Id, capacity, isOpen, cancellationToken))
        {
            var current = await settingsRepository.FindCurrentAsync(marketingEvent.Id, cancellationToken);
            throw new BusinessException(EventRegistrationErrorCodes.CapacityBelowConfirmed).With("confirmed", current?.ConfirmedCount);
        }
    }

    /// <summary>After a capacity increase: confirms waiting registrants, first come first served, while seats are left.</summary>
    public async Task<int> PromoteWaitingAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var promoted = 0;
        foreach (var next in await registrations.GetWaitingListAsync(eventId, cancellationToken))
        {
            if (!await settingsRepository.TryTakeSeatAsync(eventId, cancellationToken))
            {
                break;
            }

            await PromoteAsync(next, cancellationToken);
            promoted++;
        }

        return promoted;
    }

    public async Task<EventRegistration> RegisterAsync(MarketingEvent marketingEvent, EventRegistrationSettings settings, RegistrantDetails registrant, UtmParameters utm, string culture, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!settings.IsOpen || now >= marketingEvent.EndTime)
        {
            throw new BusinessException(EventRegistrationErrorCodes.RegistrationClosed);
        }

        var email = registrant.Email.Trim().ToLowerInvariant();
        if (await registrations.AnyAsync(r => r.EventId == marketingEvent.Id && r.Email == email, cancellationToken))
        {
            throw new BusinessException(EventRegistrationErrorCodes.AlreadyRegistered).With("email", email);
        }

        var registration = new EventRegistration(
            SequentialGuid.Create(), marketingEvent.Id, registrant with { Email = email }, utm, EventRegistrationStatus.Confirmed, CheckInCodeGenerator.NewCode(), now, culture);
        await registrations.InsertAsync(registration, cancellationToken);
        await jobs.EnqueueAsync(new SendRegistrationEmailArgs(registration.Id, RegistrationEmailKind.Registered), cancellationToken: cancellationToken);

        // Everything is written before the seat is taken: on PostgreSQL the seat's row lock, which serializes the
        // sign-ups to one event, is then held only until the commit. No seat left: the (uncommitted) row waits instead.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (!await settingsRepository.TryTakeSeatAsync(marketingEvent.Id, cancellationToken))
        {
            registration.WaitList();
            await registrations.UpdateAsync(registration, cancellationToken: cancellationToken);
        }

        return registration;
    }

    /// <summary>Cancels; a confirmed seat goes to the first waiting registrant, if any. Returns the promoted one.</summary>
    public async Task<EventRegistration?> CancelAsync(EventRegistration registration, CancellationToken cancellationToken = default)
    {
        if (registration.Status == EventRegistrationStatus.Cancelled)
        {
            throw new BusinessException(EventRegistrationErrorCodes.AlreadyCancelled);
        }

        var wasConfirmed = registration.Status == EventRegistrationStatus.Confirmed;
        registration.Cancel();
        await registrations.UpdateAsync(registration, cancellationToken: cancellationToken);
        if (!wasConfirmed)
        {
            return null;
        }

        // Releasing first locks the settings row (PostgreSQL), so two cancellations cannot promote the same person.
        await settingsRepository.ReleaseSeatAsync(registration.EventId, cancellationToken);
        var next = (await registrations.GetWaitingListAsync(registration.EventId, cancellationToken)).FirstOrDefault();
        if (next is null || !await settingsRepository.TryTakeSeatAsync(registration.EventId, cancellationToken))
        {
            return null;
        }

        await PromoteAsync(next, cancellationToken);
        return next;
    }

    /// <summary>
    /// True when this call checked in; only confirmed registrants can be checked in. A first check-in publishes
    /// <see cref="AttendeeCheckedInEto"/> in the same unit of work.
    /// </summary>
    public async Task<bool> CheckInAsync(EventRegistration registration, CancellationToken cancellationToken = default)
    {
        if (registration.Status != EventRegistrationStatus.Confirmed)
        {
            throw new BusinessException(EventRegistrationErrorCodes.NotConfirmed).With("status", registration.Status.ToString());
        }

        if (!registration.CheckIn(clock.GetUtcNow()))
        {
            return false;
        }

        var marketingEvent = await events.GetAsync(registration.EventId, cancellationToken);
        await integrationEvents.PublishAsync(new AttendeeCheckedInEto(
            marketingEvent.Id, marketingEvent.Name, registration.Id, registration.Name, registration.Email, registration.Phone,
            registration.Company, registration.Utm.Source, registration.CheckedInAt!.Value), cancellationToken);
        return true;
    }

    private async Task PromoteAsync(EventRegistration registration, CancellationToken cancellationToken)
    {
        registration.Confirm();
        await registrations.UpdateAsync(registration, cancellationToken: cancellationToken);
        await jobs.EnqueueAsync(new SendRegistrationEmailArgs(registration.Id, RegistrationEmailKind.Promoted), cancellationToken: cancellationToken);
    }

    public void SetLead(EventRegistration registration, bool isLead) => registration.SetLead(isLead, clock.GetUtcNow());
}
