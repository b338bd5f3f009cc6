namespace MarketingSaaS.Processes;

public sealed record DeliverableDto(
    Guid Id,
    string Name,
    bool IsRequired,
    string? DocumentTemplateName,
    bool IsProvided,
    string? Note,
    string? Link,
    DateTimeOffset? ProvidedTime,
    Guid? ProvidedByUserId);
