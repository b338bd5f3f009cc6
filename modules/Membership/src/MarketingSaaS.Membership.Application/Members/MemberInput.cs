using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Membership.Members;

/// <summary>The fields of a member that create and update share.</summary>
public abstract class MemberInput
{
    [EnumDataType(typeof(MemberKind))]
    public MemberKind Kind { get; set; }

    [Required]
    [StringLength(MemberConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(MemberConsts.MaxIndustryLength)]
    public string? Industry { get; set; }

    [StringLength(MemberConsts.MaxRegionLength)]
    public string? Region { get; set; }

    [StringLength(MemberConsts.MaxSizeLength)]
    public string? Size { get; set; }

    /// <summary>Personal data: ignored on update without Membership.Members.PersonalData.</summary>
    [StringLength(MemberConsts.MaxPhoneLength)]
    [RegularExpression(MemberConsts.PhonePattern)]
    public string? Phone { get; set; }

    [StringLength(MemberConsts.MaxEmailLength)]
    [EmailAddress]
    public string? Email { get; set; }

    [StringLength(MemberConsts.MaxAddressLength)]
    public string? Address { get; set; }

    public DateOnly? Birthday { get; set; }

    public Guid? OwnerId { get; set; }

    [StringLength(MemberConsts.MaxSourceLength)]
    public string? Source { get; set; }

    [StringLength(MemberConsts.MaxNotesLength)]
    public string? Notes { get; set; }

    [MaxLength(MemberConsts.MaxTags)]
    public List<string>? Tags { get; set; }
}

public sealed class CreateMemberDto : MemberInput;

public sealed class UpdateMemberDto : MemberInput
{
    /// <summary>The stamp the client read: a change made meanwhile answers 409.</summary>
    [Required]
    public string? ConcurrencyStamp { get; set; }
}
