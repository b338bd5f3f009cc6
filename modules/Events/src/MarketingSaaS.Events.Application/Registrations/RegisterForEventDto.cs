using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Registrations;

/// <summary>The public registration form; the utm* fields come from the registration link's query string.</summary>
public sealed class RegisterForEventDto
{
    [Required]
    [StringLength(EventRegistrationConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required]
    [EmailAddress]
    [StringLength(EventRegistrationConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    [Phone]
    [StringLength(EventRegistrationConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [StringLength(EventRegistrationConsts.MaxCompanyLength)]
    public string? Company { get; set; }

    [StringLength(EventRegistrationConsts.MaxUtmLength)]
    public string? UtmSource { get; set; }

    [StringLength(EventRegistrationConsts.MaxUtmLength)]
    public string? UtmMedium { get; set; }

    [StringLength(EventRegistrationConsts.MaxUtmLength)]
    public string? UtmCampaign { get; set; }

    [StringLength(EventRegistrationConsts.MaxUtmLength)]
    public string? UtmContent { get; set; }

    [StringLength(EventRegistrationConsts.MaxUtmLength)]
    public string? UtmTerm { get; set; }
}
