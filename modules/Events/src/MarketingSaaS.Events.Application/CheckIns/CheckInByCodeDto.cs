using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Events.Registrations;

namespace MarketingSaaS.Events.CheckIns;

/// <summary>The code read from the registrant's QR (or typed in).</summary>
public sealed class CheckInByCodeDto
{
    [Required]
    [StringLength(EventRegistrationConsts.CheckInCodeLength, MinimumLength = EventRegistrationConsts.CheckInCodeLength)]
    public string Code { get; set; } = "";
}
