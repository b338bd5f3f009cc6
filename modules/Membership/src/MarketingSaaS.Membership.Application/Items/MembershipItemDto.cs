namespace MarketingSaaS.Membership.Items;

public sealed record MembershipItemDto(Guid Id, string Name, string? Description, DateTimeOffset CreationTime, string ConcurrencyStamp);
