namespace MarketingSaaS.Framework.Domain.Entities;

public interface IHasCreationTime
{
    DateTimeOffset CreationTime { get; }
}

public interface ICreationAudited : IHasCreationTime
{
    Guid? CreatorId { get; }
}

public interface IModificationAudited
{
    DateTimeOffset? LastModificationTime { get; }

    Guid? LastModifierId { get; }
}

public interface ISoftDelete
{
    bool IsDeleted { get; }
}

public interface IDeletionAudited : ISoftDelete
{
    DateTimeOffset? DeletionTime { get; }

    Guid? DeleterId { get; }
}

public interface IFullAudited : ICreationAudited, IModificationAudited, IDeletionAudited;
