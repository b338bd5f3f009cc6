using MarketingSaaS.Processes;

namespace MarketingSaaS.MyTasks;

/// <summary>
/// One open task of the caller: a process step (<see cref="Source"/> <c>Processes</c>, with its instance and step so
/// the portal can complete it in place) or a module's task (e.g. <c>Events</c>). <see cref="Link"/> is a portal path.
/// </summary>
public sealed record MyTaskListItemDto(
    string Source,
    Guid Id,
    string Title,
    string Context,
    DateOnly? DueDate,
    bool IsOverdue,
    string Link,
    Guid? ProcessInstanceId,
    ProcessStepDto? Step);
