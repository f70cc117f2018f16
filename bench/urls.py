from django.urls import path

from bench.raw import listing
from cms.urls import urlpatterns as product_urls

urlpatterns = [path("bench/raw/", listing), *product_urls]
