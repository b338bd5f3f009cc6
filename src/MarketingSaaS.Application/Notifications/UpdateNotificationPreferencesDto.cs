using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Notifications;

/// <summary>The kinds that also go by e-mail; every other kind is in-app only.</summary>
public sealed class UpdateNotificationPreferencesDto
{
    [Required]
    public List<NotificationKind> EmailKinds { get; set; } = [];
}
