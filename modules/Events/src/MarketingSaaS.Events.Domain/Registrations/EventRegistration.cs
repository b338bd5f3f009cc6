using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Registrations;

/// <summary>One person registered for an event on its public page; checked in at the door with the code of their QR.</summary>
public sealed class EventRegistration : AggregateRoot<Guid>, IMultiTenant
{
    private EventRegistration() { }

    internal EventRegistration(Guid id, Guid eventId, RegistrantDetails registrant, UtmParameters utm, EventRegistrationStatus status, string checkInCode, DateTimeOffset registeredAt, string culture)
        : base(id)
    {
        EventId = eventId;
        Name = registrant.Name;
        Email = registrant.Email;
        Phone = registrant.Phone;
        Company = registrant.Company;
        Utm = utm;
        Status = status;
        CheckInCode = checkInCode;
        RegisteredAt = registeredAt;
        Culture = culture;
    }

    public Guid TenantId { get; private set; }

    public Guid EventId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower case; one registration per e-mail and event.</summary>
    public string Email { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Company { get; private set; }

    public UtmParameters Utm { get; private set; } = new(null, null, null, null, null);

    public EventRegistrationStatus Status { get; private set; }

    /// <summary>The secret in the registrant's QR code; unique per tenant.</summary>
    public string CheckInCode { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The language of the page they registered on ("zh-Hans", "en"); their e-mails use it.</summary>
    public string Culture { get; private set; } = "zh-Hans";

    public DateTimeOffset? CheckedInAt { get; private set; }

    public bool IsLead { get; private set; }

    public DateTimeOffset? MarkedLeadAt { get; private set; }

    internal void Confirm() => Status = EventRegistrationStatus.Confirmed;

    internal void WaitList() => Status = EventRegistrationStatus.WaitingListed;

    internal void Cancel() => Status = EventRegistrationStatus.Cancelled;

    /// <summary>True when this call checked the registrant in; a second scan keeps the first time.</summary>
    internal bool CheckIn(DateTimeOffset now)
    {
        if (CheckedInAt is not null)
        {
            return false;
        }

        CheckedInAt = now;
        return true;
    }

    internal void SetLead(bool isLead, DateTimeOffset now)
    {
        if (IsLead == isLead)
        {
            return;
        }

        IsLead = isLead;
        MarkedLeadAt = isLead ? now : null;
    }
}
