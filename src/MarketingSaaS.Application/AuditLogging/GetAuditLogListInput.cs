using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Dtos;

namespace MarketingSaaS.AuditLogging;

/// <summary><see cref="PagedInput.Filter"/> is found in the entity type, entity id or user name; <see cref="To"/> is inclusive.</summary>
public sealed class GetAuditLogListInput : PagedInput
{
    /// <summary>The entity's class name, e.g. "AppUser".</summary>
    [StringLength(128)]
    public string? EntityType { get; set; }

    [StringLength(128)]
    public string? EntityId { get; set; }

    /// <summary>Who made the change.</summary>
    public Guid? UserId { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }
}
