namespace MarketingSaaS.Membership.Members;

public enum MemberKind
{
    Person = 0,
    Company = 1,
}
