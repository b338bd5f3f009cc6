using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Positions;

public sealed class UpdatePositionDto : CreatePositionDto
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}
