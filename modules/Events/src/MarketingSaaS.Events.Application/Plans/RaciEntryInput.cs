using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public sealed class RaciEntryInput
{
    [EnumDataType(typeof(RaciRole))]
    public RaciRole Role { get; set; }

    [EnumDataType(typeof(RaciPartyKind))]
    public RaciPartyKind Kind { get; set; }

    /// <summary>A user id or a position id, as <see cref="Kind"/> says.</summary>
    [Required]
    public Guid? PartyId { get; set; }
}
