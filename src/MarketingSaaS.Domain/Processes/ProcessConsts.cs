namespace MarketingSaaS.Processes;

public static class ProcessConsts
{
    public const int MaxNameLength = 128;
    public const int MaxNoteLength = 1000;
    public const int MaxLinkLength = 1000;
    public const int MaxBlobNameLength = 256;
}
