export function planLanes(segments, options) {
    const perCharacter = options.pixelsPerCharacter ?? 6.5;
    const maxCharacters = options.maxCharacters ?? 28;
    const laneEnds = [];
    const ordered = [...segments].sort((a, b) => a.start - b.start);
    const laidOut = ordered.map((segment, index) => {
        const text = segment.label.length > maxCharacters ? `${segment.label.slice(0, maxCharacters - 1)}…` : segment.label;
        const labelEnd = segment.start + (text.length * perCharacter + 8) * options.minutesPerPixel;
        let lane = laneEnds.findIndex((end) => end <= segment.start);
        if (lane === -1)
            lane = laneEnds.length;
        laneEnds[lane] = labelEnd;
        const shade = segment.highlight ? 'offer' : index % 2 === 0 ? 'even' : 'odd';
        return { ...segment, lane, shade, text };
    });
    return { segments: laidOut, lanes: Math.max(1, laneEnds.length) };
}
//# sourceMappingURL=planLanes.js.map