"""Draws the sample caption images in examples/images/ (committed; re-run to rebuild them).

    python examples/make_images.py

Simple drawn scenes, made here so the samples carry no third-party licence.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "images"
SIZE = (640, 420)


def street(d: ImageDraw.ImageDraw) -> None:
    d.rectangle([0, 0, 640, 220], fill=(150, 160, 175))  # overcast sky
    d.rectangle([0, 220, 640, 420], fill=(70, 72, 78))  # wet road
    for x in range(0, 640, 90):
        d.rectangle([x, 310, x + 50, 318], fill=(230, 230, 230))  # lane markings
    d.ellipse([400, 340, 560, 380], fill=(95, 110, 130))  # puddle
    d.rounded_rectangle([40, 150, 330, 300], 14, fill=(200, 30, 35))  # red bus, left
    for x in range(60, 310, 50):
        d.rectangle([x, 170, x + 38, 215], fill=(190, 220, 235))
    for x in (90, 270):
        d.ellipse([x - 24, 280, x + 24, 328], fill=(20, 20, 20))
    for x in (420, 480, 560):  # three pedestrians, right
        d.ellipse([x - 10, 170, x + 10, 190], fill=(235, 200, 170))
        d.line([x, 190, x, 245], fill=(30, 30, 60), width=6)
        d.line([x, 245, x - 12, 285], fill=(30, 30, 60), width=5)
        d.line([x, 245, x + 12, 285], fill=(30, 30, 60), width=5)
    for x in range(5, 640, 23):  # rain streaks
        for y in range(5, 420, 61):
            d.line([x + (y % 17), y, x + (y % 17) - 6, y + 16], fill=(205, 215, 230), width=1)


def desk(d: ImageDraw.ImageDraw) -> None:
    d.rectangle([0, 0, 640, 250], fill=(235, 232, 220))  # wall
    d.rectangle([0, 250, 640, 420], fill=(150, 105, 60))  # wooden desk
    d.polygon([(200, 300), (420, 300), (450, 340), (170, 340)], fill=(110, 110, 115))  # laptop base
    d.rectangle([210, 160, 410, 300], fill=(60, 60, 65))
    d.rectangle([220, 170, 400, 290], fill=(120, 170, 220))  # screen, on
    for x, colour in ((500, (40, 80, 170)), (575, (245, 245, 245))):  # a blue mug and a white mug
        d.rectangle([x - 25, 270, x + 25, 330], fill=colour, outline=(40, 40, 40))
        d.arc([x + 15, 285, x + 45, 315], -90, 90, fill=(40, 40, 40), width=5)
    d.polygon([(60, 330), (120, 330), (110, 270), (70, 270)], fill=(190, 95, 60))  # plant pot
    for dx in (-30, -10, 10, 30):
        d.ellipse([90 + dx - 14, 200, 90 + dx + 14, 275], fill=(50, 140, 60))


def shopfront(d: ImageDraw.ImageDraw) -> None:
    d.rectangle([0, 0, 640, 420], fill=(200, 190, 175))  # brick-coloured wall
    d.rectangle([60, 40, 580, 120], fill=(20, 70, 50))  # sign board
    font = ImageFont.load_default(size=44)
    d.text((320, 80), "OPEN 9-5", fill=(250, 240, 200), font=font, anchor="mm")
    d.rectangle([80, 150, 300, 400], fill=(170, 210, 225), outline=(60, 60, 60), width=6)  # window
    d.rectangle([360, 150, 520, 420], fill=(110, 60, 40), outline=(60, 60, 60), width=6)  # door
    d.ellipse([490, 280, 504, 294], fill=(220, 190, 60))  # handle


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, draw in (("street", street), ("desk", desk), ("shopfront", shopfront)):
        image = Image.new("RGB", SIZE)
        draw(ImageDraw.Draw(image))
        image.save(OUT / f"{name}.png", optimize=True)
        print(OUT / f"{name}.png")


if __name__ == "__main__":
    main()
