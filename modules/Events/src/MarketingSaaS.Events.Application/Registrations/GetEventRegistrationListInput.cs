using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Dtos;

namespace MarketingSaaS.Events.Registrations;

/// <summary>Filter searches name, e-mail and phone (the check-in desk's search).</summary>
public sealed class GetEventRegistrationListInput : PagedInput
{
    [EnumDataType(typeof(EventRegistrationStatus))]
    public EventRegistrationStatus? Status { get; set; }

    public bool? CheckedIn { get; set; }

    public bool? IsLead { get; set; }
}
