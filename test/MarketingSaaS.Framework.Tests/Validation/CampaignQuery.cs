using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Framework.Tests.Validation;

public sealed class CampaignQuery
{
    [Range(1, 100)]
    public int? PageSize { get; set; }
}
