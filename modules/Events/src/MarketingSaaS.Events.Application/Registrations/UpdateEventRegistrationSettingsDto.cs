using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Registrations;

public sealed class UpdateEventRegistrationSettingsDto
{
    [Range(1, EventRegistrationConsts.MaxCapacity)]
    public int Capacity { get; set; }

    public bool IsOpen { get; set; }
}
