using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Processes;

public sealed class ReassignStepDto
{
    /// <summary>The person who takes the step over (a user of the company).</summary>
    [Required]
    public Guid? UserId { get; set; }
}
